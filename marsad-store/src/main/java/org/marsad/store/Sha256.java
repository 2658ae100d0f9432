package org.marsad.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 as hex, computed by the system's NSS library when the JVM can reach it, else by the JDK's own provider.
 *
 * <p>Why: a batch ingest runs under C1 only (the launcher's {@code -XX:TieredStopAtLevel=1}), and the JDK's SHA-256 is
 * fast only where C2 replaces its compression function by the CPU's SHA instructions; under C1 it runs as Java at
 * about 125 MB/s, some 1.2 CPU-s of an ingest's coding thread (BENCHMARKS.md, ingest13 and ingest15). NSS (through the
 * JDK's own SunPKCS11 provider, no database, no keys) does the same function in native code, about six times faster
 * under C1. A hand-written Java SHA-256 for C1 was measured too and was no faster than the JDK's.
 *
 * <p>It is the same function whichever provider answers: stored content hashes are compared with existing databases
 * for deduplication. The native provider is used only if it gives the JDK's digest on a check input at start, and
 * {@code -Dmarsad.sha256.native=false} turns it off. {@code Sha256Test} compares the two over many lengths.
 */
final class Sha256 {

    /**
     * SunPKCS11's inline configuration (a leading "--"): NSS with no key database, as Debian's {@code nss.cfg}. NSS is
     * configured once per process (a second configuration fails with "Secmod module already configured", even with
     * {@code handleStartupErrors=ignoreMultipleInitialisation}): hence the one {@link Holder}.
     */
    private static final String NSS_CONFIG = "--name=MarsadNSS\nnssDbMode=noDb\nattributes=compatibility";

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** The SHA-256 of {@code data} as 64 lower-case hex digits. */
    static String hex(byte[] data) {
        return HEX.formatHex(digest(Holder.PROVIDER, data));
    }

    /** The provider in use, for tests and the write-up: "SUN" when the JDK's own, else the NSS provider's name. */
    static String providerName() {
        return Holder.PROVIDER == null ? "SUN" : Holder.PROVIDER.getName();
    }

    /** The native provider in use, or null when the JDK's serves. */
    static Provider nativeInUse() {
        return Holder.PROVIDER;
    }

    /** The SHA-256 of {@code data[0, length)} as 64 lower-case hex digits (a buffer longer than its content). */
    static String hex(byte[] data, int length) {
        return HEX.formatHex(digest(Holder.PROVIDER, data, length));
    }

    static byte[] digest(Provider provider, byte[] data) {
        return digest(provider, data, data.length);
    }

    static byte[] digest(Provider provider, byte[] data, int length) {
        try {
            MessageDigest md = provider == null
                    ? MessageDigest.getInstance("SHA-256")
                    : MessageDigest.getInstance("SHA-256", provider);
            md.update(data, 0, length); // what digest(data) does with the whole array
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Set up on first use (the first article hashed), not when the class of a command that never hashes loads. */
    private static final class Holder {
        static final Provider PROVIDER = nativeProvider();
    }

    /** NSS through SunPKCS11, or null when either is missing, fails to start or disagrees with the JDK. */
    static Provider nativeProvider() {
        if (!Boolean.parseBoolean(System.getProperty("marsad.sha256.native", "true"))) {
            return null;
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            return null;
        }
        try {
            Provider nss = base.configure(NSS_CONFIG);
            byte[] check = new byte[1000];
            for (int i = 0; i < check.length; i++) {
                check[i] = (byte) (i * 31 + 7);
            }
            return Arrays.equals(digest(nss, check), digest(null, check)) ? nss : null;
        } catch (RuntimeException e) {
            // no NSS library on this system (ProviderException, InvalidParameterException), or no SHA-256 in it
            return null;
        }
    }
}
