"""Label queue: the pairs worth a label next (models disagree, calibration unsure), labelled from the keyboard."""
import streamlit as st

from matchlens.ui import components, queue_widgets, router, state
from matchlens.views import panels

router.ensure()

st.title("Label queue")
comp = components.need_comparison()
if comp is None:
    st.stop()
calibrated = panels.calibrated_for(comp, state.corpus().labels)
queue_widgets.queue(comp, calibrated)
