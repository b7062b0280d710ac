"""Engines that run the pipeline elsewhere than in local processes (Dask distributed)."""
