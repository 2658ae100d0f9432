package org.marsad.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CAMEO codebook (names, Goldstein scale, quad class, PLOVER mapping), loaded from {@code marsad/codebook/cameo.tsv}. */
public final class Codebook {
    private final Map<String, CameoCode> codes;

    private Codebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static Codebook load() {
        String path = "marsad/codebook/cameo.tsv";
        InputStream in = Codebook.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 || line.isBlank() || line.startsWith("#")) {
                    continue; // header
                }
                String[] f = line.split("\t", -1);
                if (f.length < 7) {
                    throw new IllegalStateException(path + ":" + no + ": expected 9 columns");
                }
                String plover = f[6].startsWith("(") ? null : f[6].isBlank() ? null : f[6];
                codes.put(f[0], new CameoCode(f[0], f[2], f[3], Double.parseDouble(f[4]), Integer.parseInt(f[5]),
                        plover));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Codebook(codes);
    }

    /** The entry for {@code code}, or null when the codebook does not have it. */
    public CameoCode get(String code) {
        return codes.get(code);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Map<String, CameoCode> all() {
        return codes;
    }
}
