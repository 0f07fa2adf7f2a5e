"""Closing out finished work: resolved tickets to confirm, and post-incident reviews to write."""

from deskapp.ui.review.form import ReviewForm, open_review_form
from deskapp.ui.review.view import ReviewView

__all__ = ["ReviewForm", "ReviewView", "open_review_form"]
