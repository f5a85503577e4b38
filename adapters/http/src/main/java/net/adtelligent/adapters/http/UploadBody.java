package net.adtelligent.adapters.http;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.vavr.control.Either;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;

/**
 * The file of an upload request, handed on as a stream: the raw body (text/csv or
 * application/octet-stream, named by ?file_name=) or the part named "file" of a multipart form.
 * The JSON body limit does not apply here, as nothing here goes through {@link JsonBody} or
 * Javalin's body reading: the use case limits a raw body while it copies it, and for multipart the
 * configuration {@link HttpApp} gives Jetty ({@link #configure}) limits the parts it spools to disk.
 */
final class UploadBody {

    static final String PART = "file";

    /** What a multipart form may add around the file: boundaries, part headers, a field or two. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;
    private static final int IN_MEMORY_PART_BYTES = 64 * 1024;

    @FunctionalInterface
    interface Receiver {
        Either<Rejection, ImportJob> receive(String fileName, InputStream content) throws IOException;
    }

    private final long maxUploadBytes;

    UploadBody(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Parts larger than a small buffer go to the temporary directory, so a file is never held in memory. */
    static void configure(MultipartConfig multipart, long maxUploadBytes) {
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
                UploadedFile file = part(ctx);
                try (InputStream content = file.content()) {
                    return receiver.receive(file.filename(), content);
                }
            }
            default -> {
                ctx.header("Connection", "close");
                throw new ProblemException(Problem.http(415,
                        "send the file as text/csv or application/octet-stream, or as the part \"file\" of multipart/form-data"));
            }
        }
    }

    private UploadedFile part(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxUploadBytes + MULTIPART_OVERHEAD_BYTES) {
            throw unread(ctx, ProblemException.of(new ImportRejection.TooLarge(maxUploadBytes)));
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile(PART);
        } catch (Exception unreadable) {
            // Javalin is Kotlin and declares nothing: Jetty's ServletException arrives undeclared.
            if (!(unreadable instanceof ServletException)) {
                throw unreadable;
            }
            // Jetty says which limit in its message only ("max file size exceeded", "max length exceeded").
            ProblemException problem = exceeded(unreadable) ? ProblemException.of(new ImportRejection.TooLarge(maxUploadBytes))
                    : new ProblemException(Problem.malformedBody("the multipart/form-data body cannot be read"));
            throw unread(ctx, problem);
        }
        if (file == null) {
            throw new ProblemException(Problem.invalid(PART, "is required: send the CSV file as the multipart part \"file\""));
        }
        return file;
    }

    private static boolean exceeded(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("exceeded")) {
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
