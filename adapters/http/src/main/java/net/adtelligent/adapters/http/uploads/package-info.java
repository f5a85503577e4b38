/**
 * CSV uploads: the file as a raw or multipart body, its mapping, its commit, and a tenant's list of
 * uploads. The handlers are public for {@code Routes}, and
 * {@link net.adtelligent.adapters.http.uploads.UploadBody} for {@code HttpApp}, which gives Jetty its
 * multipart limits.
 */
package net.adtelligent.adapters.http.uploads;
