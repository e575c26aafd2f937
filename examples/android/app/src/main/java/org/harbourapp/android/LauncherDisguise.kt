package org.harbourapp.android

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import androidx.annotation.StringRes

/**
 * The names and icons the app can wear in the launcher: each an `<activity-alias>` of
 * MainActivity in the manifest, exactly one enabled at a time. All of them open the same
 * calculator, so each must be something a calculator could be called. The core only keeps the
 * choice (setting "disguise", which an outreach worker can also set); the shell applies it.
 */
enum class LauncherDisguise(val setting: String, private val alias: String, @StringRes val label: Int) {
    CALCULATOR("calculator", "CalculatorAlias", R.string.disguise_calculator),
    CONVERTER("converter", "ConverterAlias", R.string.disguise_converter);

    private fun component(context: Context) =
        ComponentName(context.packageName, MainActivity::class.java.name.substringBeforeLast('.') + "." + alias)

    private fun isEnabled(context: Context): Boolean =
        when (context.packageManager.getComponentEnabledSetting(component(context))) {
            PackageManager.COMPONENT_ENABLED_STATE_ENABLED -> true
            PackageManager.COMPONENT_ENABLED_STATE_DEFAULT -> this == CALCULATOR // as the manifest has it
            else -> false
        }

    companion object {
        fun fromSetting(value: String?): LauncherDisguise? =
            LauncherDisguise.entries.firstOrNull { it.setting == value }

        fun current(context: Context): LauncherDisguise =
            LauncherDisguise.entries.firstOrNull { it.isEnabled(context) } ?: CALCULATOR

        /**
         * Shows [chosen] in the launcher and hides the others. The new entry is enabled first, so
         * there is never a moment with no icon at all. DONT_KILL_APP keeps the process, but some
         * launchers still close the task whose entry was disabled; that only locks the app. The
         * launcher may take a few seconds to redraw.
         */
        fun show(context: Context, chosen: LauncherDisguise) {
            if (LauncherDisguise.entries.all { it.isEnabled(context) == (it == chosen) }) return
            val pm = context.packageManager
            pm.setComponentEnabledSetting(
                chosen.component(context),
                PackageManager.COMPONENT_ENABLED_STATE_ENABLED,
                PackageManager.DONT_KILL_APP,
            )
            for (other in LauncherDisguise.entries) {
                if (other != chosen) {
                    pm.setComponentEnabledSetting(
                        other.component(context),
                        PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
                        PackageManager.DONT_KILL_APP,
                    )
                }
            }
        }
    }
}
