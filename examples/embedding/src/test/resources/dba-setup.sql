-- psql, as a superuser (or a role with CREATEROLE and CREATEDB), once:
CREATE ROLE reporting LOGIN PASSWORD 'change-me' NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE reporting OWNER reporting;
-- PostgreSQL 14 and older only (from 15 the database owner owns schema public already):
\connect reporting
ALTER SCHEMA public OWNER TO reporting;
