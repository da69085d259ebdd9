"""Evaluation: metrics of scores against labels (metrics), on a corpus or labelled files (labeled), and
calibrated P(fit) (calibration). Each evaluator returns a dict with a primary metric and bootstrap CIs."""
