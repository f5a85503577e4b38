-- Run by Flyway on each connection it opens: the server's notices ("… does not exist, skipping")
-- would reach the host's log at INFO and say nothing there; warnings and errors still do.
SET client_min_messages = warning;
