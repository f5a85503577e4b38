-- What Airbyte answered when setting a connection up last failed (its source or connection not
-- created, changed or deleted as the connection asks); null once it is as it should be.
alter table connections add column provisioning_error text
    check (provisioning_error is null or length(provisioning_error) <= 2000);
