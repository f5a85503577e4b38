package net.adtelligent.testing;

import io.vavr.control.Either;
import java.io.InputStream;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.ports.out.CsvFiles;

/** For tests that upload nothing: says plainly where the real reader is, rather than pretending to read. */
public final class NoCsvFiles implements CsvFiles {

    private static final String WHERE = "this TestCore reads no CSV: pass the contracts module's CommonsCsvFiles";

    @Override
    public Either<String, Layout> inspect(InputStream file) {
        throw new UnsupportedOperationException(WHERE);
    }

    @Override
    public void read(InputStream file, Layout layout, CsvMapping mapping, Target target, RowSink sink) {
        throw new UnsupportedOperationException(WHERE);
    }
}
