"""Use cases: what the GUI and the command line ask of deskapp. Never imports Qt."""
