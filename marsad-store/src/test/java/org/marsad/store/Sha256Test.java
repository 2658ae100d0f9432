package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The content hash must stay the JDK's SHA-256 whichever provider computes it: databases compare stored hashes. */
class Sha256Test {

    private static byte[] jdk(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256", "SUN").digest(data);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givesTheStandardsVectors() {
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf"): empty, "abc", and the two-block 448-bit message
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex(utf8("abc")));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Sha256.hex(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
    }

    @Test
    void theProviderInUseAgreesWithTheJdkAtEveryLengthAroundTheBlocks() throws Exception {
        Random random = new Random(11);
        for (int n = 0; n <= 600; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            assertEquals(HexFormat.of().formatHex(jdk(data)), Sha256.hex(data), "length " + n + ", " + Sha256.providerName());
        }
        String text = "وقال وزير الخارجية إن المملكة ترحب بالاتفاق النووي بين إيران ومجموعة الدول الست";
        assertEquals(HexFormat.of().formatHex(jdk(utf8(text))), Fingerprint.sha256(text));
    }

    static boolean nssPresent() {
        return Sha256.nativeInUse() != null;
    }

    /** Runs where NSS is in use (the project's machines): the native digest itself, long inputs included. */
    @Test
    @EnabledIf("nssPresent")
    void nssAgreesWithTheJdkOnLongInputs() throws Exception {
        Provider nss = Sha256.nativeInUse();
        Random random = new Random(15);
        for (int n : new int[] {1, 63, 64, 65, 4095, 4096, 65_537, 1_000_003}) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            assertArrayEquals(jdk(data), Sha256.digest(nss, data), "length " + n);
        }
    }

    @Test
    void thePropertyTurnsTheNativeProviderOff() {
        String before = System.getProperty("marsad.sha256.native");
        System.setProperty("marsad.sha256.native", "false");
        try {
            assertNull(Sha256.nativeProvider());
        } finally {
            if (before == null) {
                System.clearProperty("marsad.sha256.native");
            } else {
                System.setProperty("marsad.sha256.native", before);
            }
        }
    }
}
