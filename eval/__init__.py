"""Evaluation: benchmark question sets run through the same Assistant the CLI and UI use."""
