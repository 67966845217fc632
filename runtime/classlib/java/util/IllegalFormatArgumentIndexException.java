/* Ember class library: java.util.IllegalFormatArgumentIndexException (original implementation). */
package java.util;

class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int illegalIndex;
    IllegalFormatArgumentIndexException(int index) { this.illegalIndex = index; }
    int getIndex() { return illegalIndex; }
    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) return "Format argument index: (not representable as int)";
        return "Illegal format argument index = " + illegalIndex;
    }
}
