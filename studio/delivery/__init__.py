"""The reference delivery server (``helder serve``): it plays published packages.

It stores signed packages the studio publishes, makes a view (one debtor's link)
from a dossier the back office sends, gives the web player finished texts, runs
the viewer's choices and keeps events without personal data. It never imports Qt:
it runs on a server without a display.
"""
