"""The Gradio web app. Thin: every tab calls :mod:`assistant.api` as the logged-in user; access checks and
business logic live there, never here."""
