"""Helder Studio: authoring studio for personalised payment-reminder videos."""

__version__ = "0.1.0"
