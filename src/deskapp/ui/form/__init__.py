"""The request form for office staff (also standalone, for `deskapp form`) and the admin's Log a call dialog."""

from deskapp.ui.form.log_call import LogCallDialog
from deskapp.ui.form.request_form import RequestForm, RequestFormWindow

__all__ = ["LogCallDialog", "RequestForm", "RequestFormWindow"]
