package org.marsad.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@link NerDictionary#IMAGE} during the build: marsad-core's pom runs a second compilation at process-classes
 * (after the classes are compiled and the TSVs copied) with only this processor, named there, and option
 * {@code -Amarsad.classes=target/classes}; Maven's offline repository holds no plugin that runs a class, the compiler
 * plugin it has. Not registered as a service: no other compilation runs it.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(NerImageProcessor.CLASSES)
public final class NerImageProcessor extends AbstractProcessor {
    static final String CLASSES = "marsad.classes";
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!written) {
            written = true;
            String classes = processingEnv.getOptions().get(CLASSES);
            if (classes == null) {
                throw new IllegalStateException("NerImageProcessor: option -A" + CLASSES + "=DIRECTORY missing");
            }
            try {
                NerImage.main(new String[] {classes});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
