package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The alert episodes themselves, for the people who read and acknowledge them and for their mail.
 * At most one episode per tenant, kind and subject is ongoing (open or acknowledged), however many
 * raise at once; which raise opens, keeps or reopens one is {@code AlertPolicy}'s to say.
 */
public interface AlertStore extends AlertSink {

    /** The tenant's episodes, newest opened first, in {@code state} if given, before the id given, at most {@code limit}. */
    List<AlertEpisode> page(TenantId tenant, Option<AlertState> state, Option<Long> beforeId, int limit);

    /** The tenant's episode; in a unit of work it stays locked until the unit ends (no raise or resolve meanwhile). */
    Option<AlertEpisode> lockById(TenantId tenant, long id);

    /** Writes what may change of a stored episode of the tenant: state, message, times, acknowledgement, mail. */
    void replace(AlertEpisode episode);

    /** The tenant's episodes whose mail is due ({@link AlertEpisode#mailDue()}), oldest first; locked as {@link #lockById}. */
    List<AlertEpisode> mailDue(TenantId tenant);
}
