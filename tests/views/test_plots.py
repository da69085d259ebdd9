"""Plot functions return figures; what they show, checked on the figure."""
import numpy as np


def test_stability_chart_shows_the_least_stable_documents_only():
    import numpy as np

    from matchlens.views.plots import stability_bar

    values = np.linspace(1.0, 0.0, 100)  # document 99 is the least stable
    fig = stability_bar([f"doc{i}" for i in range(100)], values, ["resume"] * 100, limit=60)
    assert len(fig.data[0].x) == 60 and fig.data[0].y[0] == "doc99" and max(fig.data[0].x) < 0.61
    assert "60 least stable of 100" in fig.layout.title.text and fig.layout.height == 960


def test_a_heatmap_sets_its_own_left_margin_wide_enough_for_any_script():
    """No automargin pass in the browser (it measured every label and drew the chart twice): the margin is estimated
    here, East Asian wide characters counting double. The browser test checks that no name is cut."""
    from matchlens.views.plots import heatmap, label_px

    assert label_px("김지연") > label_px("kim") and label_px("WWW") > label_px("AAA") > label_px("aaa") > label_px("iii")
    rows = ["ko_김지연_간호사_이력서.pdf", "fr_aide_soignante_fatou_diallo.pdf"]
    fig = heatmap(np.zeros((2, 1)), rows, ["gig"], title="t", hover=np.array([["a"], ["b"]], dtype=object))
    assert fig.layout.yaxis.automargin is False
    assert fig.layout.margin.l >= max(label_px(f"{i + 1:>2}. {r}") for i, r in enumerate(rows))
