package org.marsad.codebook;

/** One CAMEO event code with its name, Goldstein value, quad class and PLOVER type. */
public record CameoCode(String code, String root, String name, double goldstein, int quadClass, String plover) {
}
