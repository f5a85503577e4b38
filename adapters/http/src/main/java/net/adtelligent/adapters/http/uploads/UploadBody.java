package net.adtelligent.adapters.http.uploads;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.vavr.control.Either;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;

/**
 * The file of an upload request, handed on as a stream: the raw body (text/csv or
 * application/octet-stream, named by ?file_name=) or the part named "file" of a multipart form,
 * a file part (named by its file name) or a plain field (named by ?file_name=, as a raw body).
 * The JSON body limit does not apply here, as nothing here goes through {@link JsonBody} or
 * Javalin's body reading: the use case limits a raw body while it copies it, and for multipart the
 * configuration {@code HttpApp} gives Jetty ({@link #configure}) limits the parts it spools to disk.
 */
public final class UploadBody {

    static final String PART = "file";

    /** What a multipart form may add around the file: boundaries, part headers, a field or two. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;
    private static final int IN_MEMORY_PART_BYTES = 64 * 1024;

    @FunctionalInterface
    interface Receiver {
        Either<Rejection, ImportJob> receive(String fileName, InputStream content) throws IOException;
    }

    private final long maxUploadBytes;

    public UploadBody(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Parts larger than a small buffer go to the temporary directory, so a file is never held in memory. */
    public static void configure(MultipartConfig multipart, long maxUploadBytes) {
        multipart.maxFileSize(maxUploadBytes, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(maxUploadBytes + MULTIPART_OVERHEAD_BYTES, SizeUnit.BYTES);
        multipart.maxInMemoryFileSize(IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
    }

    Either<Rejection, ImportJob> receive(Context ctx, Receiver receiver) throws IOException {
        String contentType = ctx.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "text/csv", "application/octet-stream" -> {
                Either<Rejection, ImportJob> received = receiver.receive(ctx.queryParam("file_name"), ctx.req().getInputStream());
                if (received.isLeft() && !ctx.req().getInputStream().isFinished()) {
                    // The rest of the body is not wanted: dropping the connection is cheaper than reading it.
                    ctx.header("Connection", "close");
                }
                return received;
            }
            case "multipart/form-data" -> {
                Part file = part(ctx);
                String submitted = file.getSubmittedFileName();
                String fileName = submitted == null || submitted.isBlank() ? ctx.queryParam("file_name") : submitted;
                try (InputStream content = file.getInputStream()) {
                    return receiver.receive(fileName, content);
                }
            }
            default -> {
                ctx.header("Connection", "close");
                throw new ProblemException(Problem.http(415,
                        "send the file as text/csv or application/octet-stream, or as the part \"file\" of multipart/form-data"));
            }
        }
    }

    /**
     * Javalin's uploaded files are the parts with a file name; a plain field named "file" is as
     * much the file. A file part wins over a field of the same name. Jetty spools either to disk,
     * but its servlet layer also copies every plain field into a request parameter, in memory: so
     * a field is limited to the form size Jetty allows (200 kB by default), a file part is not.
     */
    private Part part(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > maxUploadBytes + MULTIPART_OVERHEAD_BYTES) {
            throw unread(ctx, ProblemException.of(new ImportRejection.TooLarge(maxUploadBytes)));
        }
        Part file;
        try {
            // Javalin reads the parts under the limits of configure(); getParts() then answers them again.
            boolean named = !ctx.uploadedFiles(PART).isEmpty();
            file = ctx.req().getParts().stream()
                    .filter(part -> PART.equals(part.getName()) && (!named || part.getSubmittedFileName() != null))
                    .findFirst().orElse(null);
        } catch (ServletException unreadable) {
            // Through Javalin too, though it declares nothing (Kotlin): Jetty's failures to read the parts.
            throw unread(ctx, new ProblemException(unreadable(unreadable)));
        }
        if (file == null) {
            throw new ProblemException(Problem.invalid(PART, "is required: send the CSV file as the multipart part \"file\""));
        }
        return file;
    }

    /** Jetty says which limit in its message only ("max file size exceeded", "Form is larger than max length"). */
    private Problem unreadable(ServletException failure) {
        if (says(failure, "Form is larger than")) {
            return new Problem(Problem.TYPES + ImportRejection.TooLarge.TYPE.code(), ImportRejection.TooLarge.TYPE.title(), 413, "plain form fields (parts"
                    + " without a file name) are held in memory and limited to a small size: send the file as a file"
                    + " part (with a file name) or as the whole body, up to " + maxUploadBytes + " bytes", null);
        }
        return says(failure, "exceeded") ? Problem.of(new ImportRejection.TooLarge(maxUploadBytes))
                : Problem.malformedBody("the multipart/form-data body cannot be read");
    }

    private static boolean says(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException unread(Context ctx, ProblemException problem) {
        ctx.header("Connection", "close");
        return problem;
    }
}
