"""Newsline's desktop interface (Qt through PySide6). It reads data through `core` only."""
