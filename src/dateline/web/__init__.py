"""The dashboard served by :func:`dateline.api.create_app` (:mod:`dateline.web.views`)."""
