

def test_stability_chart_shows_the_least_stable_documents_only():
    import numpy as np

    from matchlens.views.plots import stability_bar

    values = np.linspace(1.0, 0.0, 100)  # document 99 is the least stable
    fig = stability_bar([f"doc{i}" for i in range(100)], values, ["resume"] * 100, limit=60)
    assert len(fig.data[0].x) == 60 and fig.data[0].y[0] == "doc99" and max(fig.data[0].x) < 0.61
    assert "60 least stable of 100" in fig.layout.title.text and fig.layout.height == 960
