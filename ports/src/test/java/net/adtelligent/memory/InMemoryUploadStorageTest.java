package net.adtelligent.memory;

import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.ports.out.UploadStorageContract;

/** Bytes in a map: the shared contract is all there is to show. */
class InMemoryUploadStorageTest extends UploadStorageContract {

    @Override
    protected UploadStorage storage() {
        return new InMemoryUploadStorage();
    }
}
