package net.adtelligent.memory.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberately bad: an in-memory store serialising with Jackson, a library ports may not see. */
public final class StoreUsingJackson {

    String snapshot(Object state) throws Exception {
        return new ObjectMapper().writeValueAsString(state);
    }
}
