package org.marsad.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Run by {@link BatchJitTest} in a JVM of its own: asks {@link BatchJit#keepC2Out} to keep C2 out, then prints
 * what it answered and the JVM's compiler directives as {@code jcmd PID Compiler.directives_print} lists them.
 */
final class BatchJitProbe {
    private BatchJitProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("kept out: " + BatchJit.keepC2Out());
        System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
