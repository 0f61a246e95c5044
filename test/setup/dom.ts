// Setup for component tests (*.test.tsx, jsdom): the jest-dom matchers (toBeInTheDocument, …).
import '@testing-library/jest-dom/vitest'
