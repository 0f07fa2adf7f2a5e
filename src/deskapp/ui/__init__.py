"""The Qt user interface: widgets, models and dialogs. Talks to services only."""
