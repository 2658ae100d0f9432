package org.marsad.server; final class Placeholder {}
