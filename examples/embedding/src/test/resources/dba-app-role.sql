CREATE ROLE adtelligent_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
GRANT adtelligent_app TO reporting;
