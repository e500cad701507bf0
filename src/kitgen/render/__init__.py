"""Renderers: each turns the model into one kind of output and never reads YAML itself."""
