"""Training runs in the background without Streamlit (training.runner): progress rows, result, error in words,
cancel, and an uploaded file removed when its run ends."""
from __future__ import annotations

import threading

from matchlens.training.config import TrainConfig
from matchlens.training.runner import Jobs


def _cfg(tmp_path, name="m"):
    data = tmp_path / "pairs.csv"
    data.write_text("resume,job,label\na,b,1\n")
    return TrainConfig(name=name, base_model="tiny", train_file=str(data))


def test_a_run_reports_its_steps_and_its_result_and_removes_its_upload(tmp_path):
    upload = tmp_path / "matchlens-upload-x"
    upload.mkdir()

    def train(cfg, report, stop):
        for step in (1, 2):
            report({"step": step, "max_steps": 2, "loss": 1.0 / step})
        return f"trained {cfg.name}"

    jobs = Jobs()
    job_id = jobs.start(_cfg(tmp_path), remove_after=upload, train=train)
    job = jobs[job_id]
    job.thread.join(10)
    assert not job.running and job.result == "trained m" and job.error == ""
    assert [r["loss"] for r in job.history] == [1.0, 0.5] and not upload.exists()
    assert jobs.get(job_id) is job and jobs.get(None) is None and jobs.get("other") is None


def test_cancel_stops_a_run_and_a_failure_is_named_with_its_reason(tmp_path):
    started = threading.Event()

    def slow(cfg, report, stop):
        started.set()
        if stop.wait(10):
            raise InterruptedError
        return "finished"

    def broken(cfg, report, stop):
        raise ValueError("the labels column is missing")

    jobs = Jobs()
    job = jobs[jobs.start(_cfg(tmp_path), train=slow)]
    assert started.wait(10) and job.running
    job.cancel()
    job.thread.join(10)
    assert job.error == "cancelled" and job.result is None
    failed = jobs[jobs.start(_cfg(tmp_path, "b"), train=broken)]
    failed.thread.join(10)
    assert failed.error == "ValueError: the labels column is missing"
