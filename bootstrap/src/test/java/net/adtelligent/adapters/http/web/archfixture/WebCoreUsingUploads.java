package net.adtelligent.adapters.http.web.archfixture;

import net.adtelligent.adapters.http.uploads.archfixture.UploadsUsingWebCore;

/** Deliberately bad: the shared web core depending on one of the features built on it. */
public final class WebCoreUsingUploads {

    UploadsUsingWebCore uploads;
}
