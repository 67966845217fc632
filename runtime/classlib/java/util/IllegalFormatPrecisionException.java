/* Ember class library: java.util.IllegalFormatPrecisionException (original implementation). */
package java.util;

public class IllegalFormatPrecisionException extends IllegalFormatException {
    private static final long serialVersionUID = 18711008L;
    private final int p;
    public IllegalFormatPrecisionException(int p) { this.p = p; }
    public int getPrecision() { return p; }
    public String getMessage() { return Integer.toString(p); }
}
