from matchlens.ui.components import selected_cell
from matchlens.ui.safe import md


def test_selected_cell_reads_streamlit_selection_events():
    assert selected_cell({"selection": {"points": [{"customdata": {"0": 3, "1": 7}}]}}) == (3, 7)
    assert selected_cell({"selection": {"points": [{"customdata": [2, 5]}]}}) == (2, 5)
    assert selected_cell({"selection": {"points": []}}) is None
    assert selected_cell(None) is None


def test_markdown_escape_neutralises_links_images_and_html():
    out = md("![x](http://evil/p.png) [a](javascript:alert(1)) <b>x</b>\\n# title")
    assert "![" not in out and "](" not in out and "<b>" not in out
