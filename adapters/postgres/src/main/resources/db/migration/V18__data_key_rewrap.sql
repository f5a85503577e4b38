-- A master key rotation (adtelligent rotate-deks --new-master-key) wraps a tenant's data key again
-- under another master key: the same data key, so nothing it sealed changes but the copy of the
-- wrapping each secret carries. The service may change those two columns of a data key, never its
-- version, tenant or purpose, and still may not delete one: a version stays while a secret uses it.
grant update (master_key_id, wrapped_key) on data_keys to "${app_role}";
