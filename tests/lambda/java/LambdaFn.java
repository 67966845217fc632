import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// The function of the lambda suite (tests/lambda/run.sh), snapshotted once and run by `ember lambda`.
//   throw:<msg>   throws IllegalArgumentException(msg) from handle (the error post; the loop goes on)
//   null          returns null (an empty response body)
//   info          restores (afterRestore calls in this process), calls (handle calls since the snapshot's
//                 warm-up started), the trace header as _X_AMZN_TRACE_ID and com.amazonaws.xray.traceHeader
//   print:<text>  prints text to System.out without a newline (flushed after the invocation)
//   anything else "echo <UTF-16 length> <input>"
// Its CRaC resource counts restores; with LAMBDA_FN_FAIL_RESTORE set in the environment, afterRestore throws
// (the init error of `ember lambda`).
public class LambdaFn {
    static int restores;
    static int calls;

    static final Resource HOOK = new Resource() {
        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
            restores++;
            String fail = System.getenv("LAMBDA_FN_FAIL_RESTORE");
            if (fail != null)
                throw new IllegalStateException(fail);
        }
    };

    static {
        Core.getGlobalContext().register(HOOK);
    }

    // for the --main snapshot that `ember lambda` refuses
    public static void main(String[] args) {
    }

    public static String handle(String in) {
        calls++;
        if (in.startsWith("throw:"))
            throw new IllegalArgumentException(in.substring(6));
        if (in.equals("null"))
            return null;
        if (in.equals("info"))
            return "restores=" + restores + " calls=" + calls + " trace=" + System.getenv("_X_AMZN_TRACE_ID")
                    + " prop=" + System.getProperty("com.amazonaws.xray.traceHeader");
        if (in.startsWith("print:")) {
            System.out.print(in.substring(6));
            return "printed";
        }
        return "echo " + in.length() + " " + in;
    }
}
