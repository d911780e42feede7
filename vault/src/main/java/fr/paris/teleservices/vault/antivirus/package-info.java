/**
 * The antivirus hook: uploads are scanned before they are kept, through clamd's {@code INSTREAM}
 * protocol. When a scanner is configured it is fail-closed — no answer means no document — because
 * an unscanned file reaching a social worker's desktop is worse than asking the person to retry.
 */
package fr.paris.teleservices.vault.antivirus;
