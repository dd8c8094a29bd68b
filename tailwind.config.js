/** @type {import('tailwindcss').Config} */
export default {
  content: ['./index.html', './src/app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        // A neutral dark UI like the editors designers already use; one accent.
        ink: {
          950: '#0e0f11',
          900: '#151619',
          850: '#1b1d21',
          800: '#222429',
          700: '#2d3036',
          600: '#3a3e45',
          500: '#5a5f69',
          400: '#8a909b',
          300: '#b4b9c2',
          200: '#d7dae0',
        },
        accent: { 500: '#4f8cff', 600: '#3a74e6', 400: '#79a8ff' },
        danger: { 500: '#ef5350' },
        ok: { 500: '#43b581' },
      },
      fontFamily: {
        sans: ['Inter', 'system-ui', 'Segoe UI', 'Roboto', 'sans-serif'],
        mono: ['JetBrains Mono', 'ui-monospace', 'SFMono-Regular', 'monospace'],
      },
    },
  },
};
