"""Training: fine-tune a matcher on labeled pairs in the background and compare before/after."""
import streamlit as st

from matchlens.ui import router, training_widgets

router.ensure()

st.title("Training")
st.caption("Runs on this CPU with sentence-transformers' trainers; the run continues if you change pages. "
           "The trained model is saved in the models folder with its config, metrics and card.")
cfg = training_widgets.form()
if cfg is not None:
    training_widgets.start(cfg)
training_widgets.progress()
