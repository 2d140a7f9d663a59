"""HTTP API and dashboard over the event store and the coder (`eventwire serve`)."""
