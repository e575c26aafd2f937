package org.harbourapp.android

import androidx.annotation.StringRes
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.layout.fillMaxHeight
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.harbourapp.core.CalcKey
import org.harbourapp.core.CalcOp
import org.harbourapp.core.CalcView

/** One key: what it shows, what it sends, and what TalkBack says when the symbol is not enough. */
private data class Pad(val label: String, val key: CalcKey, @StringRes val spoken: Int? = null, val op: CalcOp? = null)

private fun digit(d: Int) = Pad(d.toString(), CalcKey.Digit(d.toUByte()))

private fun op(label: String, op: CalcOp, @StringRes spoken: Int) = Pad(label, CalcKey.Operator(op), spoken, op)

/**
 * The launch screen, and all anyone else sees. It only draws the core's [CalcView]: the
 * arithmetic, and whether a `=` is an unlock attempt, are the core's, identical on iOS. A wrong
 * PIN simply stays on the display as a number.
 */
@Composable
fun CalculatorScreen(view: CalcView, onKey: (CalcKey) -> Unit) {
    val clear = if (view.canClearEntry) {
        Pad("C", CalcKey.Clear, R.string.key_clear)
    } else {
        Pad("AC", CalcKey.AllClear, R.string.key_all_clear)
    }
    val rows = listOf(
        listOf(
            clear,
            Pad("±", CalcKey.Sign, R.string.key_sign),
            Pad("%", CalcKey.Percent, R.string.key_percent),
            op("÷", CalcOp.DIVIDE, R.string.key_divide),
        ),
        listOf(digit(7), digit(8), digit(9), op("×", CalcOp.MULTIPLY, R.string.key_multiply)),
        listOf(digit(4), digit(5), digit(6), op("−", CalcOp.SUBTRACT, R.string.key_minus)),
        listOf(digit(1), digit(2), digit(3), op("+", CalcOp.ADD, R.string.key_plus)),
        listOf(
            Pad("⌫", CalcKey.Backspace, R.string.key_delete),
            digit(0),
            Pad(".", CalcKey.Point, R.string.key_point),
            Pad("=", CalcKey.Equals, R.string.key_equals),
        ),
    )
    // A calculator reads left to right in every language.
    CompositionLocalProvider(LocalLayoutDirection provides LayoutDirection.Ltr) {
        Surface(Modifier.fillMaxSize()) {
            Column(Modifier.fillMaxSize().safeDrawingPadding().padding(12.dp)) {
                Box(Modifier.fillMaxWidth().weight(1f).padding(12.dp), contentAlignment = Alignment.BottomEnd) {
                    Text(
                        view.display,
                        // The core never shows more than 12 characters; this keeps them on one line.
                        fontSize = when (view.display.length) {
                            in 0..8 -> 64.sp
                            in 9..10 -> 52.sp
                            else -> 40.sp
                        },
                        maxLines = 1,
                        softWrap = false,
                        textAlign = TextAlign.End,
                        color = MaterialTheme.colorScheme.run { if (view.error) error else onSurface },
                        modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
                    )
                }
                Column(Modifier.fillMaxWidth().weight(1.6f)) {
                    for (row in rows) {
                        Row(Modifier.fillMaxWidth().weight(1f)) {
                            for (pad in row) {
                                Key(pad, highlighted = pad.op != null && pad.op == view.pending, onKey = onKey)
                            }
                        }
                    }
                }
            }
        }
    }
}

@Composable
private fun RowScope.Key(pad: Pad, highlighted: Boolean, onKey: (CalcKey) -> Unit) {
    val colors = when {
        highlighted -> ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.tertiary)
        pad.op != null || pad.key == CalcKey.Equals -> ButtonDefaults.buttonColors()
        else -> ButtonDefaults.filledTonalButtonColors()
    }
    val spoken = pad.spoken?.let { stringResource(it) }
    Button(
        onClick = { onKey(pad.key) },
        colors = colors,
        shape = RoundedCornerShape(20.dp),
        contentPadding = PaddingValues(0.dp),
        modifier = Modifier
            .weight(1f)
            .fillMaxHeight()
            .padding(4.dp)
            .semantics { if (spoken != null) contentDescription = spoken },
    ) {
        Text(pad.label, fontSize = 26.sp)
    }
}
