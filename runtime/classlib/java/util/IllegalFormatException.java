/* Ember class library: java.util.IllegalFormatException (original implementation). */
package java.util;

public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 18830826L;
    IllegalFormatException() { }
}
