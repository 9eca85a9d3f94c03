"""Figure and widget code for the notebooks, one module per topic."""
