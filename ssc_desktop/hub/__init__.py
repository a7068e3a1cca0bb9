"""The catalogue hub: FastAPI under uvicorn over SQLAlchemy (SQLite or PostgreSQL)."""
