package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the events and time stages may grow past HotSpot's limit for compiling a method at all (8,000 bytes of
 * bytecode, {@code -XX:+DontCompileHugeMethods}, on by default): such a method runs in the interpreter for good, many
 * times slower, and no output test would notice. {@code SentenceCoder.code}, which codes every cue, was 7,040 bytes in
 * session 18 (BENCHMARKS.md, speed23), and rules are added to it every session: when this fails, move the rule just
 * added (or a part of the method) into a method of its own.
 */
class HugeMethodsTest {
    /** HotSpot's {@code HugeMethodLimit}. */
    private static final int HUGE = 8_000;

    @Test
    void everyMethodOfTheEventsAndTimeStagesIsSmallEnoughToBeCompiled() throws Exception {
        Path classes = Path.of(SentenceCoder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> huge = new ArrayList<>();
        int read = 0;
        for (String pkg : List.of("org/marsad/events", "org/marsad/time")) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    for (Map.Entry<String, Integer> m : codeLengths(Files.readAllBytes(f)).entrySet()) {
                        read++;
                        if (m.getValue() >= HUGE) {
                            huge.add(f.getFileName() + " " + m.getKey() + ": " + m.getValue() + " bytes");
                        }
                    }
                }
            }
        }
        assertTrue(read > 500, read + " methods read"); // the directories were found and parsed
        assertTrue(huge.isEmpty(), "never compiled by HotSpot (over " + HUGE + " bytes): " + huge);
    }

    @Test
    void theCodersLeafIsReadWithItsSize() throws Exception {
        Path f = Path.of(SentenceCoder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/marsad/events/SentenceCoder.class");
        Integer code = codeLengths(Files.readAllBytes(f)).entrySet().stream()
                .filter(e -> e.getKey().startsWith("code(Lorg/marsad/events/Cue;")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        assertTrue(code > 1_000, code + " bytes"); // the parser reads real code lengths, not zeros
    }

    /** Each method's name + descriptor → the length of its bytecode (the class file's Code attribute), in file order. */
    static Map<String, Integer> codeLengths(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        Map<String, Integer> lengths = new LinkedHashMap<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.readUnsignedShort(); // access flags
            String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4); // max stack, max locals
                    lengths.put(name, in.readInt());
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return lengths;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
