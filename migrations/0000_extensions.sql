-- Trigram search (organisation names, materials); PGlite loads it on every open.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
